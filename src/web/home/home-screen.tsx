/** The start screen: what Nura is and what it does not promise. */
export function HomeScreen() {
  return (
    <section class="home">
      <h1>A few minutes of facial massage, guided</h1>
      <p>
        Nura plans a short self-massage from your goals, tools and skin, checks it is safe for you
        today, and talks you through it so your hands can stay on your face.
      </p>
      <p>
        It fits between toner and moisturizer, morning and evening, works offline, and tells you
        plainly how strong the evidence is for each benefit.
      </p>
    </section>
  );
}
