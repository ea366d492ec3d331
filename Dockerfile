# Builds the actorgraph binary (the viewer bundle is committed under
# web/static, so no Node is needed here) and runs `serve`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/actorgraph ./cmd/actorgraph
# the data directory, owned by the image's user (distroless nonroot, 65532),
# so that a fresh volume mounted there is writable
RUN mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/actorgraph /usr/local/bin/actorgraph
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
VOLUME ["/data"]
EXPOSE 8080
ENV ACTORGRAPH_STORE=/data/store
# serve listens on every interface here, so it starts only with a write
# token: docker run -e ACTORGRAPH_TOKEN=$(openssl rand -hex 32) …
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["/usr/local/bin/actorgraph", "health", "--url", "http://127.0.0.1:8080/api/v1/healthz"]
ENTRYPOINT ["/usr/local/bin/actorgraph"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
