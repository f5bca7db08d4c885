// The shells' node environment in a mutation run: jest's own, stopping at a mutant's first failing
// test (scripts/mutation/bail.cjs says why).
const { TestEnvironment } = require("jest-environment-node");
const { withBail } = require("./bail.cjs");

module.exports = withBail(TestEnvironment);
