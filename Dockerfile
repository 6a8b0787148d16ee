# The app for docker-compose.yml: Node 20, the project's dependencies, `npm start` with
# NEO4J_URI set (so no local Neo4j, Java or Maven is needed in the image).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build --if-present
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
EXPOSE 8080
USER node
CMD ["npm", "start"]
