/** @type {import('next').NextConfig} */
const nextConfig = {
  // The proof builds offline and in CI; no telemetry, no remote images.
  images: { unoptimized: true },
};

export default nextConfig;
