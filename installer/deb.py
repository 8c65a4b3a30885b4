"""Build the Linux package (a .deb) from PyInstaller's ``dist/vsdesk/``, and check it.

    python installer/deb.py build     dist/vsdesk/ → dist/vsdesk_<version>_<arch>.deb
    python installer/deb.py check     extract that .deb into a temporary root, as a user
                                      without root would, and run both programs' self-test

Why a .deb and not an AppImage: docs/installers.md. The package installs the folder as
``/opt/vsdesk/``, links the three programs into ``/usr/bin``, and adds the desktop entry,
the icon and the bundle file type. Its ``Depends`` is not typed by hand: every library the
programs load but do not carry (the desktop's own: X11/xcb, fonts, GLib, D-Bus, CUPS, GL) is
found with ``objdump``, and the Debian package holding it with ``dpkg -S``, on the build
machine. The desktop and MIME databases are refreshed by Debian's own triggers, so the
package needs no maintainer scripts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUILT = DIST / "vsdesk"
PROGRAMS = ("vsdesk", "vsdesk-app", "vsdesk-hub")
PREFIX = Path("opt/vsdesk")
#: What the contents list must hold (``check``): the programs, their links, the desktop
#: entry, the icon and the bundle type.
REQUIRED = (
    "./opt/vsdesk/vsdesk-app",
    "./opt/vsdesk/vsdesk",
    "./opt/vsdesk/vsdesk-hub",
    "./usr/bin/vsdesk-app",
    "./usr/share/applications/vsdesk.desktop",
    "./usr/share/icons/hicolor/scalable/apps/vsdesk.svg",
    "./usr/share/mime/packages/vsdesk.xml",
)
DESCRIPTION = """\
Personal Education Plans for designated teachers, offline and encrypted
 vsdesk keeps a designated teacher's encrypted, offline copy of the Personal
 Education Plans of the looked-after pupils in their care, prints meeting packs,
 and exchanges signed bundles with each authority's Virtual School (vsdesk-hub).
 IT can check an installation with: vsdesk --self-test"""


def run(*command: str | Path) -> str:
    return subprocess.run([str(c) for c in command], check=True, capture_output=True,
                          text=True).stdout


def version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["version"])


def architecture() -> str:
    return run("dpkg", "--print-architecture").strip()


def package_path() -> Path:
    return DIST / f"vsdesk_{version()}_{architecture()}.deb"


# --- Depends, from what the programs load ------------------------------------------------

def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_from_system(folder: Path) -> set[str]:
    """Sonames the bundle's programs and libraries need but do not carry."""
    carried = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in elf_files(folder):
        dump = run("objdump", "-p", path)
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)$", dump, re.MULTILINE))
    return {soname for soname in needed if soname not in carried}


def system_library_paths() -> dict[str, str]:
    """soname → path, from the dynamic linker's cache (the first, native, entry)."""
    paths: dict[str, str] = {}
    for line in run("ldconfig", "-p").splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(.*?\) => (\S+)", line)
        if match:
            paths.setdefault(match.group(1), match.group(2))
    return paths


def owning_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (``/lib`` and ``/usr/lib`` are one)."""
    real = os.path.realpath(path)
    candidates = {path, real}
    for name in list(candidates):
        candidates.add(name.removeprefix("/usr") if name.startswith("/usr/") else "/usr" + name)
    for candidate in sorted(candidates):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0].strip()
    return None


def depends(folder: Path) -> list[str]:
    libraries = system_library_paths()
    packages, unresolved = set(), []
    for soname in sorted(needed_from_system(folder)):
        path = libraries.get(soname)
        package = owning_package(path) if path else None
        if package is None:
            unresolved.append(soname)
        else:
            packages.add(package)
    if unresolved:
        sys.exit(
            "These libraries are needed but not installed here, so the package cannot name "
            f"them: {', '.join(unresolved)}. Install them (make package does) and build again."
        )
    return sorted(packages)


# --- the package tree ------------------------------------------------------------------------

def build(xz_level: int = 6) -> Path:
    if not (BUILT / "vsdesk-app").exists():
        sys.exit(f"{BUILT} has no build: run 'make installer' first.")
    tree = ROOT / "build" / "deb-root"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(BUILT, tree / PREFIX, symlinks=True)
    bin_dir = tree / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in PROGRAMS:
        (bin_dir / program).symlink_to(Path("/") / PREFIX / program)
    share = tree / "usr" / "share"
    install(ROOT / "resources" / "vsdesk.desktop", share / "applications" / "vsdesk.desktop")
    install(ROOT / "resources" / "vsdesk-mime.xml", share / "mime" / "packages" / "vsdesk.xml")
    install(
        ROOT / "resources" / "icons" / "vsdesk.svg",
        share / "icons" / "hicolor" / "scalable" / "apps" / "vsdesk.svg",
    )
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(control_text(tree), encoding="utf-8")
    out = package_path()
    out.unlink(missing_ok=True)
    run("dpkg-deb", "--build", "--root-owner-group", "-Zxz", f"-z{xz_level}", tree, out)
    shutil.rmtree(tree)
    return out


def install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def control_text(tree: Path) -> str:
    size_kib = sum(p.stat().st_size for p in tree.rglob("*") if p.is_file()) // 1024
    fields = {
        "Package": "vsdesk",
        "Version": version(),
        "Architecture": architecture(),
        "Maintainer": "vsdesk <vsdesk@localhost>",
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(depends(tree / PREFIX)),
        "Section": "education",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


# --- the check ----------------------------------------------------------------------------

def check(package: Path) -> None:
    """Contents as required; extracted without root, both programs pass their self-test
    and the hub's program starts."""
    listing = run("dpkg-deb", "--contents", package)
    names = {line.split()[5].split(" -> ")[0] for line in listing.splitlines() if line}
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        sys.exit(f"{package.name} lacks {', '.join(missing)}")
    print(f"{package.name}: {package.stat().st_size / 2**20:.1f} MiB; "
          f"Depends: {run('dpkg-deb', '--field', package, 'Depends').strip()}")
    with tempfile.TemporaryDirectory(prefix="vsdesk-package-check-") as temp:
        root, home = Path(temp) / "root", Path(temp) / "home"
        home.mkdir()
        run("dpkg-deb", "-x", package, root)
        env = {k: v for k, v in os.environ.items() if not k.startswith("VSDESK_")}
        env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "share"),
                "QT_QPA_PLATFORM": "offscreen"}
        for program in ("vsdesk", "vsdesk-app"):
            done = subprocess.run([root / PREFIX / program, "--self-test"], env=env,
                                  capture_output=True, text=True, timeout=300)
            print(f"{program} --self-test: {done.stdout.strip() or done.stderr.strip()}")
            if done.returncode != 0:
                sys.exit(f"{program} --self-test exited {done.returncode}: {done.stderr[-2000:]}")
        if any(home.rglob("vault.*")) or (home / "share" / "vsdesk").exists():
            sys.exit("the self-test wrote into the user's data folder")
        hub = subprocess.run([root / PREFIX / "vsdesk-hub", "--version"], env=env,
                             capture_output=True, text=True, timeout=120)
        if hub.returncode != 0 or not hub.stdout.startswith("vsdesk-hub "):
            sys.exit(f"vsdesk-hub does not start: {hub.stderr[-2000:]}")
        print(f"vsdesk-hub --version: {hub.stdout.strip()}")
    print("package-check: 3 passed, 0 failed")  # in the closing-line form CI reads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("build", "check"))
    parser.add_argument(
        "--xz-level", type=int, default=6, choices=range(10), metavar="0-9",
        help="xz compression: 6 (dpkg's default) for releases; 1 is 4x faster, 15%% larger",
    )
    args = parser.parse_args()
    if args.action == "build":
        print(f"built {build(args.xz_level).relative_to(ROOT)}")
    else:
        check(package_path())


if __name__ == "__main__":
    main()
