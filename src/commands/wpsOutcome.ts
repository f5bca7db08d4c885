/** The outcome dialog's page in WPS: as outcomePage.ts, closed with the window (no Office.js there). */
const text = decodeURIComponent(window.location.hash.slice(1));
const message = document.getElementById("message");
// Stryker disable next-line ConditionalExpression: outcome.html always has #message; the guard only spares a broken page an error
if (message) message.textContent = text;
// Stryker disable next-line OptionalChaining: outcome.html always has #close; as above
document.getElementById("close")?.addEventListener("click", () => window.close());
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") window.close();
});
