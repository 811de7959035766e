// @handlewithcare/prosemirror-suggest-changes exports for `import` only. The server is CommonJS:
// Node 24 can require an ES module, but not through an export it does not list, so the server
// (and jest) reach the library's entry file by path. The client imports it as it is published.
module.exports = require(
  require('node:path').join(
    __dirname,
    '../../node_modules/@handlewithcare/prosemirror-suggest-changes/dist/index.js',
  ),
);
