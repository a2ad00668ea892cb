// textlint-rule-prh ships no types: it is a textlint rule module, like any other.
declare module 'textlint-rule-prh' {
  const rule: unknown;
  export default rule;
}
