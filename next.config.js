/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
