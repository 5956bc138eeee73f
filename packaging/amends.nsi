; Windows installer for Amends (NSIS 3). build_windows.ps1 compiles it after the bundle has passed
; its self-test and its programs are signed:
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\amends /DOUTFILE=dist\amends-0.1.0-windows-x64.exe
;            [/DSIGN="signtool sign /fd SHA256 /tr URL /td SHA256 /a"] packaging\amends.nsi
; Per user, no administrator rights: the programs go to %LOCALAPPDATA%\Programs\Amends, the
; shortcuts to the user's Start menu (and desktop, if ticked), the uninstaller's entry to HKCU.
; The archive (%APPDATA%\Amends, or the folder the shop chose) is never touched: uninstalling
; removes the program only, so a reinstall finds every complaint again.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "pass /DBUNDLE=<the PyInstaller one-folder bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "amends-${VERSION}-windows-x64.exe"
!endif
!ifdef SIGN
  ; Sign the installer and the uninstaller it writes (NSIS 3.08+ runs these after compiling).
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Amends"

Name "Amends"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Amends"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Amends"
VIAddVersionKey /LANG=1033 "FileDescription" "Amends installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

!define MUI_ICON "${BUNDLE}\_internal\resources\icons\amends.ico"
!define MUI_UNICON "${BUNDLE}\_internal\resources\icons\amends.ico"
!define MUI_ABORTWARNING
; Remember the chosen language for the uninstaller (the app's own settings live in
; Software\Amends\Amends; only this one value is the installer's).
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "Software\Amends"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\amends.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"

LangString DESKTOP_NAME ${LANG_ENGLISH} "Desktop shortcut"
LangString DESKTOP_NAME ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString DESKTOP_NAME ${LANG_TRADCHINESE} "桌面捷徑"
LangString KEPT ${LANG_ENGLISH} "Your archive and backups were kept (in $APPDATA\Amends or the folder you chose)."
LangString KEPT ${LANG_SIMPCHINESE} "您的档案和备份已保留（在 $APPDATA\Amends 或您选择的文件夹中）。"
LangString KEPT ${LANG_TRADCHINESE} "您的檔案和備份已保留（在 $APPDATA\Amends 或您選擇的資料夾中）。"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Amends" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the old program folder; _internal is the program's own, never user data.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Amends.lnk" "$INSTDIR\amends.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Amends"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Amends"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\amends.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(DESKTOP_NAME)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\Amends.lnk" "$INSTDIR\amends.exe"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Amends.lnk"
  Delete "$DESKTOP\Amends.lnk"
  ; Only what the installer put there, by name, never the whole folder: a shop that installed
  ; into a folder of its own keeps everything else in it. The archive lives elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\amends.exe"
  Delete "$INSTDIR\amends-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "Software\Amends" "Installer Language"
  DetailPrint "$(KEPT)"
SectionEnd
