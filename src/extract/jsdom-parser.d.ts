/** JSDOMParser ships untyped inside @mozilla/readability; light-dom.ts gives its nodes their types. */
declare module '@mozilla/readability/JSDOMParser.js' {
  export default class JSDOMParser {
    parse(html: string, url?: string): unknown;
  }
}
