// Reads a Cypher script on stdin and checks it with Neo4j's language
// support (its parser and linter). Prints one line per statement count and
// problem; exits 1 when any statement does not parse or the linter warns.
const { lintCypherQuery, parseStatementsStrs } = require('@neo4j-cypher/language-support');

let src = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { src += d; });
process.stdin.on('end', () => {
  const statements = parseStatementsStrs(src).filter((s) => s.trim() !== '' && !/^\s*\/\/[^\n]*$/.test(s.trim()));
  let problems = 0;
  for (const st of statements) {
    for (const d of lintCypherQuery(st, {}).diagnostics) {
      problems++;
      console.log(`problem (severity ${d.severity}): ${d.message} in: ${st.trim().slice(0, 200)}`);
    }
  }
  console.log(`statements ${statements.length}`);
  process.exit(problems > 0 ? 1 : 0);
});
