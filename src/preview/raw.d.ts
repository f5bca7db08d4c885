/** A file's text, bundled by webpack's `?raw` rule (webpack.config.js). */
declare module "*?raw" {
  const text: string;
  export default text;
}
