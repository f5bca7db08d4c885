/*
 * Internet Explorer's answer (ES5 on purpose: it must run where the add-in's ES2017 bundles
 * cannot). Excel 2019 on older Windows shows add-ins in Internet Explorer; there the task pane
 * moves to unsupported.html, which says which Excel to use, and each ribbon command opens that
 * page in a dialog instead of failing silently. Elsewhere this script does nothing.
 */
(function () {
  "use strict";
  var isInternetExplorer = typeof document.documentMode === "number";
  if (!isInternetExplorer) return;

  var page = "unsupported.html";
  var isCommandsPage = document.documentElement.getAttribute("data-page") === "commands";
  var office = window.Office;

  if (office) office.initialize = function () {};

  if (!isCommandsPage) {
    window.location.replace(page);
    return;
  }

  var here = window.location.href.replace(/[?#].*$/, "");
  var pageUrl = here.substring(0, here.lastIndexOf("/") + 1) + page;
  function explain(event) {
    try {
      office.context.ui.displayDialogAsync(pageUrl, { height: 45, width: 35 });
    } finally {
      if (event && event.completed) event.completed();
    }
  }
  var commands = ["insertTemplate", "checkWorkbook", "mergeSummary"];
  for (var i = 0; i < commands.length; i++) window[commands[i]] = explain;
})();
