#!/usr/bin/env bash
# Installs every Debian 12 package Flux needs to build, test and fuzz. Idempotent: packages
# already present are skipped by apt. Used by the README's set-up commands and by .ci/run.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3 ccache git
  llvm-19-dev llvm-19-tools libzstd-dev
  antlr4 libantlr4-runtime-dev uuid-dev
  glslang-dev glslang-tools spirv-tools spirv-headers
  libvulkan-dev mesa-vulkan-drivers vulkan-tools
  libboost-program-options-dev libgtest-dev
  libopenmpi-dev openmpi-bin
  clang-19 libclang-rt-19-dev
  clang-format-14 clang-tidy-19
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
