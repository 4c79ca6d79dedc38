/** Shown for an address the app has no screen for. */
export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="/">Go to the start</a>.
      </p>
    </section>
  );
}
