# Sourced by ./tidings and ./test: exports JAVA_HOME as a JDK 21 or newer (JAVA_HOME first, then /usr/lib/jvm/*).

# The JDK's major version: from its release file when it has one (starting a JVM to ask costs
# a fifth of a second on every launch), else from the JVM itself.
java_major_version() {
  local version
  version="$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" 2>/dev/null)"
  [ -n "$version" ] || version="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  version="${version#1.}"   # 1.8 -> 8
  echo "${version%%.*}"
}

select_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version="$(java_major_version "$candidate")"
    if [ "$version" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "tidings: needs a JDK 21 or newer (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  return 1
}
