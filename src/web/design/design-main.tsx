import { render } from "preact";
import { DesignPage } from "./design-page.tsx";
import "../styles/tokens.css";
import "./design.css";

const root = document.getElementById("design");
if (root) render(<DesignPage />, root);
