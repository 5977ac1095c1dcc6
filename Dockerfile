# The decision service (`cs-policy serve`) in a container: Node 20 slim, a non-root user, a health check.
#   docker build -t cs-policy .
#   docker run --rm -p 8080:8080 -v "$PWD/token:/run/secrets/token:ro" cs-policy
# Inside the container it binds 0.0.0.0 (beyond loopback), so a bearer token is required: mount one
# at /run/secrets/token (or override CMD). Policies: mount a folder and add `--policy-dir /policies`.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/cli.js", "serve", "--host", "0.0.0.0", "--port", "8080", "--token-file", "/run/secrets/token"]
