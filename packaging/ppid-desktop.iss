; Inno Setup script for PPID Desktop: installs the one-folder bundle built by build.spec.
;   ISCC /DAppVersion=0.1.0 /DBundleDir=..\dist\ppid-desktop-0.1.0 packaging\ppid-desktop.iss
; (.github/workflows/windows.yml runs exactly this.)
;
; The clerk's data never lives in the installation folder: the database, stored files,
; backups and logs are in %LOCALAPPDATA%\PPID Desktop (platformdirs; or the folder chosen with
; --data-dir / PPID_DESKTOP_DATA_DIR). This script therefore never touches that folder: an
; upgrade replaces only the program files, and uninstalling leaves the data in place.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\ppid-desktop-" + AppVersion
#endif

[Setup]
; The AppId must never change: it is how an upgrade finds the installed version.
AppId={{6F1D3A52-8C4B-4E27-9B1A-5D0C2E7F4A91}
AppName=PPID Desktop
AppVersion={#AppVersion}
AppVerName=PPID Desktop {#AppVersion}
AppPublisher=PPID Desktop
DefaultDirName={autopf}\PPID Desktop
DefaultGroupName=PPID Desktop
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=ppid-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\ppid-desktop.ico
UninstallDisplayIcon={app}\ppid-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running PPID Desktop before files are replaced (it saves its work on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle; files of an older version that are no longer shipped are removed first
; (see [InstallDelete]) so that an upgrade never mixes two versions' libraries.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\PPID Desktop"; Filename: "{app}\ppid-desktop.exe"
Name: "{autodesktop}\PPID Desktop"; Filename: "{app}\ppid-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ppid-desktop.exe"; Description: "{cm:LaunchProgram,PPID Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry names the data folder: uninstalling keeps every record.
