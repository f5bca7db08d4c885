/** The outcome dialog's page in WPS: as outcomePage.ts, closed with the window (no Office.js there). */
const text = decodeURIComponent(window.location.hash.slice(1));
const message = document.getElementById("message");
if (message) message.textContent = text;
document.getElementById("close")?.addEventListener("click", () => window.close());
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") window.close();
});
