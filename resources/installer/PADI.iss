; Inno Setup (6.3 or newer) script for the PADI installer (README "Build the Windows installer").
;
; Source: the PyInstaller bundle dist\PADI\ made by build_installer.spec. Build from the checkout:
;     pyinstaller --noconfirm build_installer.spec
;     ISCC /DAppVersion=0.1.0 resources\installer\PADI.iss
; The installer lands in dist\installer\PADI-Setup-<version>.exe.
;
; Per-user install, no administrator rights: PrivilegesRequired=lowest puts {autopf} at
; %LOCALAPPDATA%\Programs and the shortcuts in the user's own Start menu.
;
; USER DATA IS NEVER TOUCHED. PADI keeps the office's database, backups' register and settings in
; %LOCALAPPDATA%\PADI (platformdirs user_data_dir("PADI", appauthor=False)), outside {app}. The
; uninstaller removes only what this script installed into {app}; there is deliberately no
; [UninstallDelete] section. Do not add one that names {localappdata}\PADI or anything outside {app}.
;
; This file is not bundled into the program (build_installer.spec leaves resources\installer out).

#ifndef AppVersion
  ; No /DAppVersion=...: take the version from the built program's version resource.
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + "..\..\dist\PADI\PADI.exe")
#endif

[Setup]
; The AppId identifies PADI for upgrades and uninstall: never change it.
AppId={{4691244E-9BC6-421E-8B7D-DF3B4A6E8858}
AppName=PADI
AppVersion={#AppVersion}
AppVerName=PADI {#AppVersion}
AppPublisher=DPMPTSP Kota Tebing Tinggi
AppCopyright=Pemerintah Kota Tebing Tinggi
VersionInfoVersion={#AppVersion}
VersionInfoDescription=PADI - Pengelolaan Data dan Informasi (installer)
PrivilegesRequired=lowest
DefaultDirName={autopf}\PADI
DefaultGroupName=PADI
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\icons\padi.ico
UninstallDisplayIcon={app}\PADI.exe
UninstallDisplayName=PADI
OutputDir=..\..\dist\installer
OutputBaseFilename=PADI-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running PADI before its files are replaced (the database stays where it is).
CloseApplications=yes

[Languages]
; Indonesian first: it is the default when Windows' language is neither Indonesian nor English.
; Indonesian.isl is a user-contributed Inno Setup translation that the Inno Setup installer does not
; ship: put it next to this script or in the compiler's Languages folder (README). Without it the
; installer is built English-only, with a warning.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#else
  #pragma warning "Indonesian.isl not found: this installer speaks English only"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; PADI.exe (windowed), padi-cli.exe (console, for IT staff and scripts) and _internal\.
Source: "..\..\dist\PADI\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\PADI"; Filename: "{app}\PADI.exe"; WorkingDir: "{app}"; Comment: "Pengelolaan Data dan Informasi"
Name: "{autodesktop}\PADI"; Filename: "{app}\PADI.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\PADI.exe"; Description: "{cm:LaunchProgram,PADI}"; Flags: nowait postinstall skipifsilent
