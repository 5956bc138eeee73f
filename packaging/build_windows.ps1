# Build the Windows one-folder bundle dist\amends\, check it with its own self-test, sign its
# programs, and only then pack it into the installer dist\amends-<version>-windows-x64.exe (NSIS,
# packaging\amends.nsi), which is signed too.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 [-Dist DIR] [-Work DIR]
#       [-NoVenv] [-Sign] [-TimestampUrl URL]
#
# Run on Windows (PyInstaller cannot cross-build) with NSIS 3.08+ (makensis on PATH or in its
# default folder). dist\amends\amends.exe is the windowed app; amends-cli.exe next to it is the
# same program with a console, for --self-test and scripts. -Sign uses signtool (Windows SDK)
# with the best code-signing certificate in the user's store (/a), SHA-256, and an RFC 3161
# timestamp (/tr) so the signature stays valid after the certificate expires.
param(
    [string]$Dist = "",
    [string]$Work = "",
    [switch]$NoVenv,
    [switch]$Sign,
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
Set-Location $Root
if (-not $Dist) { $Dist = Join-Path $Root "dist" }
if (-not $Work) { $Work = Join-Path $Root "build" }

function Invoke-Checked {
    # Native programs report failure through their exit code, which PowerShell does not check.
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

$Python = "python"
if (-not $NoVenv) {
    Invoke-Checked "python" @("-m", "venv", (Join-Path $Work "venv"))
    $Python = Join-Path $Work "venv\Scripts\python.exe"
    # The pinned versions every bundle is built with (refresh on purpose: see constraints\).
    Invoke-Checked $Python @("-m", "pip", "install", "-q", "--disable-pip-version-check",
        "-c", "constraints\build.txt", "-e", ".[dev]")
}

Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", $Work, "packaging\amends.spec")

$Bundle = Join-Path $Dist "amends"
$Megabytes = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Bundle: {0} ({1:N0} MB)" -f $Bundle, $Megabytes)
$Cli = Join-Path $Bundle "amends-cli.exe"
Invoke-Checked $Cli @("--self-test")

$Version = ((& $Cli --version) -split " ")[1]

# 1. Sign the programs inside the bundle, before anything packs them.
$SignCommand = @("sign", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/a")
if ($Sign) {
    Invoke-Checked "signtool" ($SignCommand + @((Join-Path $Bundle "amends.exe"),
        (Join-Path $Bundle "amends-cli.exe")))
    Invoke-Checked "signtool" @("verify", "/pa", (Join-Path $Bundle "amends.exe"))
} else {
    Write-Host "Not signed (pass -Sign): SmartScreen will warn about an unknown publisher."
}

# 2. The one file a shop downloads, made only from a bundle that passed its self-test; with
#    -Sign makensis signs the uninstaller it writes and the installer itself (!finalize).
$MakeNsis = (Get-Command "makensis" -ErrorAction SilentlyContinue).Source
if (-not $MakeNsis) { $MakeNsis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
$Setup = Join-Path $Dist "amends-$Version-windows-x64.exe"
$NsisArgs = @("/V2", "/DVERSION=$Version", "/DBUNDLE=$Bundle", "/DOUTFILE=$Setup")
if ($Sign) { $NsisArgs += "/DSIGN=signtool $($SignCommand -join ' ')" }
Invoke-Checked $MakeNsis ($NsisArgs + @("packaging\amends.nsi"))
Write-Host "Download: $Setup"
