/** The outcome dialog's page: the text from the URL's hash, as text, and a button to close. */
Office.onReady(() => {
  const text = decodeURIComponent(window.location.hash.slice(1));
  const message = document.getElementById("message");
  // Stryker disable next-line ConditionalExpression: outcome.html always has #message; the guard only spares a broken page an error
  if (message) message.textContent = text;
  const close = () => Office.context.ui.messageParent("close");
  // Stryker disable next-line OptionalChaining: outcome.html always has #close; as above
  document.getElementById("close")?.addEventListener("click", close);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
});
