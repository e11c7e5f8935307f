// The browser tests run in @web/test-runner's mocha, which provides describe/it/before… as globals.
/// <reference types="mocha" />
