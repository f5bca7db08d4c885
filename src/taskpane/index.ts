import "./taskpane.css";
import { mountPane } from "./app";
import { excelActions } from "./excelActions";
import { officeEnvironment } from "./officeEnvironment";

/** The task pane's entry: once Office is ready, the pane takes over the page's #app. */
Office.onReady(() => {
  const root = document.getElementById("app");
  if (root) mountPane(root, excelActions(), officeEnvironment());
});
