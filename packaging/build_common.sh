# Shared by build_linux.sh and build_macos.sh (sourced, not run): parse --dist/--work/--no-venv,
# make the private build venv unless told not to, and run PyInstaller with amends.spec.
# Sets ROOT, DIST, WORK and PYTHON for the calling script.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$ROOT/dist"
WORK="$ROOT/build"
USE_VENV=1
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --no-venv) USE_VENV=0; shift ;;
        *) echo "usage: $0 [--dist DIR] [--work DIR] [--no-venv]" >&2; exit 2 ;;
    esac
done

cd "$ROOT"
PYTHON=python3
if [ "$USE_VENV" = 1 ]; then
    python3 -m venv "$WORK/venv"
    PYTHON="$WORK/venv/bin/python"
    # The pinned versions every bundle is built with (refresh on purpose: see constraints/).
    "$PYTHON" -m pip install -q --disable-pip-version-check -c constraints/build.txt -e ".[dev]"
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/amends.spec
