import "./taskpane.css";

/*
 * A placeholder task pane until the real one lands: it shows the title in Office's display
 * language (Chinese unless Office runs in another language).
 */
const TITLE = { zh: "项目支出绩效目标表", en: "Performance target forms" };
const READY = {
  zh: "请使用「开始」选项卡上的「绩效目标表」组。",
  en: "Use the Target Forms group on the Home tab.",
};

Office.onReady(() => {
  const language =
    Office.context.displayLanguage?.toLowerCase().startsWith("zh") === false ? "en" : "zh";
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  const title = document.getElementById("pane-title");
  if (title) title.textContent = TITLE[language];
  const loading = document.getElementById("loading");
  if (loading) loading.textContent = READY[language];
});
