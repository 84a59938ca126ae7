// The README's copyable Jest example is tests/node/example_scenario.test.js, verbatim: the
// example runs as a test, and this keeps the README's copy from drifting away from it.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');

test("the README's Jest example is example_scenario.test.js", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = fs.readFileSync(path.join(__dirname, 'example_scenario.test.js'), 'utf8');
  // Fenced as is, from its first line to its last.
  if (!readme.includes(`\`\`\`js\n${example}\`\`\``)) {
    throw new Error('README.md does not show tests/node/example_scenario.test.js as it is: copy the file into ' +
                    'the ```js block of "Test your scenarios with Jest"');
  }
});
