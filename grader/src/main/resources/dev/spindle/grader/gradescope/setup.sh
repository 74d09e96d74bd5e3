#!/usr/bin/env bash
# Spindle autograder setup for Gradescope (Ubuntu 22.04/24.04 base images), run once as root at image build.
set -euxo pipefail
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    openjdk-25-jdk-headless bubblewrap util-linux procps python3 python3-seccomp
JAVA=/usr/lib/jvm/java-25-openjdk-amd64/bin/java
"$JAVA" -version 2>&1 | grep -q '"25' || { echo "JDK 25 was not installed" >&2; exit 1; }
chmod +x /autograder/source/run_autograder
# Student code may run as an unprivileged uid without a private filesystem view (no namespaces in the
# container): it must not be able to read the hidden tests, the grader or the results.
chmod -R o= /autograder/source
