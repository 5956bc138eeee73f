# Build the Windows one-folder bundle dist\amends\, check it with its own self-test, and zip it.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 [-Dist DIR] [-Work DIR] [-NoVenv]
#
# Run on Windows (PyInstaller cannot cross-build). dist\amends\amends.exe is the windowed app;
# amends-cli.exe next to it is the same program with a console, for --self-test and scripts.
param(
    [string]$Dist = "",
    [string]$Work = "",
    [switch]$NoVenv
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
    Invoke-Checked $Python @("-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", ".[dev]")
}

Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", $Work, "packaging\amends.spec")

$Bundle = Join-Path $Dist "amends"
$Megabytes = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Bundle: {0} ({1:N0} MB)" -f $Bundle, $Megabytes)
$Cli = Join-Path $Bundle "amends-cli.exe"
Invoke-Checked $Cli @("--self-test")

# The one file a shop downloads, made only from a bundle that passed its self-test.
$Version = ((& $Cli --version) -split " ")[1]
$Zip = Join-Path $Dist "amends-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Bundle -DestinationPath $Zip
Write-Host "Download: $Zip"
