# syntax=docker/dockerfile:1

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the build settings and project files only, so the restore layer is reused
# until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MemberCard.Domain/MemberCard.Domain.csproj src/MemberCard.Domain/
COPY src/MemberCard.Application/MemberCard.Application.csproj src/MemberCard.Application/
COPY src/MemberCard.Infrastructure/MemberCard.Infrastructure.csproj src/MemberCard.Infrastructure/
COPY src/MemberCard.Api/MemberCard.Api.csproj src/MemberCard.Api/
RUN dotnet restore src/MemberCard.Api/MemberCard.Api.csproj

COPY src/ src/
RUN dotnet publish src/MemberCard.Api/MemberCard.Api.csproj \
        --configuration Release --no-restore --output /app /p:UseAppHost=false

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# Production never migrates or seeds on start: migrations are an explicit deployment step
# (`docker run <image> --migrate` applies them and exits).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__MigrateOnStartup=false \
    Demo__Seed=false \
    DOTNET_NOLOGO=1

# Tier the hot paths up as soon as they are hot: by default the runtime postpones call counting while any new
# method is still being compiled, which under a busy till's varied traffic kept a fresh instance on unoptimized
# code for one to two minutes (docs/benchmarks.md, "What limits it"). An environment-only runtime setting.
ENV DOTNET_TC_CallCountingDelayMs=0

# $APP_UID is the non-root "app" user that the .NET images define.
USER $APP_UID
EXPOSE 8080

# The aspnet image has no curl or wget; bash's /dev/tcp is enough for a liveness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["dotnet", "MemberCard.Api.dll"]
