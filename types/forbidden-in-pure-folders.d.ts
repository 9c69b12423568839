// Not a module, on purpose. tsconfig.pure.json maps `phaser` and `howler` here, so importing either from a
// pure folder (src/sim, src/levels, src/replay, src/session, src/terminal) fails to compile with
// "File '…/forbidden-in-pure-folders.d.ts' is not a module" (TS2306), whatever the import's form.
// Without the mapping the import would compile: each package brings its own types, and `skipLibCheck`
// hides that they need the DOM. Keep this file free of `import` and `export`.
