// The browser tests: plain Node (no transform), one browser at a time, run by
// scripts/test-browser.sh against the running dev app. Kept out of src/ so that
// `backstage-cli repo test` does not pick them up as unit tests.
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e.test.js'],
  testEnvironment: 'node',
  transform: {},
  testTimeout: 300000,
  maxWorkers: 1,
};
