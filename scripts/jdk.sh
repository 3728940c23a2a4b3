# Sourced by ./tidings and ./test: exports JAVA_HOME as a JDK 21 or newer (JAVA_HOME first, then /usr/lib/jvm/*).
java_spec_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

select_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version="$(java_spec_version "$candidate")"
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "tidings: needs a JDK 21 or newer (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  return 1
}
