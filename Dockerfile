# Builds the actorgraph binary (the viewer bundle is committed under
# web/static, so no Node is needed here) and runs `serve`.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/actorgraph ./cmd/actorgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/actorgraph /usr/local/bin/actorgraph
VOLUME ["/data"]
EXPOSE 8080
ENV ACTORGRAPH_STORE=/data/store
ENTRYPOINT ["/usr/local/bin/actorgraph"]
CMD ["serve", "--addr", "0.0.0.0:8080"]
