// Localhost certificates for `npm run dev-server`, from office-addin-dev-certs (the Yeoman Office
// template's convention): a "Developer CA for Microsoft Office Add-ins" and a certificate for
// localhost/127.0.0.1 signed by it, in ~/.office-addin-dev-certs (ca.crt, localhost.crt,
// localhost.key), valid 30 days and renewed when expired.
//
// Trusting the CA: office-addin-dev-certs adds it to the Windows user store (PowerShell), the
// macOS login keychain (`security add-trusted-cert`), or on Linux runs
// `sudo sh install_linux.sh ca.crt`, which copies it to
// /usr/local/share/ca-certificates/office-addin-dev-certs/ and runs update-ca-certificates
// (Debian/Ubuntu), or to /etc/ca-certificates/trust-source/anchors/ + update-ca-trust (Fedora,
// Arch). As root without sudo (containers, CI) we do the same two steps ourselves, with no
// prompt. Browsers with their own store (Firefox, Chromium's NSS database on Linux) still need
// the CA imported there.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import devCerts from 'office-addin-dev-certs';

const dir = join(homedir(), '.office-addin-dev-certs');
export const certificatePaths = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };

const hasCommand = (name) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Certificate files valid for at least a day (office-addin-dev-certs' own check). */
function certificatesValid() {
  try {
    execFileSync('openssl', ['x509', '-in', certificatePaths.cert, '-checkend', '86400', '-noout'], { stdio: 'ignore' });
    return existsSync(certificatePaths.key) && existsSync(certificatePaths.ca);
  } catch {
    return false;
  }
}

async function generateIfNeeded() {
  if (certificatesValid()) return;
  devCerts.deleteCertificateFiles(dir);
  await devCerts.generateCertificates();
}

/** Root on Linux without sudo: copy the CA into the system store and refresh it. */
function trustAsRootOnLinux() {
  if (existsSync('/usr/sbin/update-ca-certificates')) {
    const target = '/usr/local/share/ca-certificates/office-addin-dev-certs';
    mkdirSync(target, { recursive: true });
    copyFileSync(certificatePaths.ca, join(target, 'ca.crt'));
    execFileSync('/usr/sbin/update-ca-certificates', { stdio: 'ignore' });
  } else if (existsSync('/usr/sbin/update-ca-trust')) {
    copyFileSync(certificatePaths.ca, '/etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt');
    execFileSync('/usr/sbin/update-ca-trust', { stdio: 'ignore' });
  } else {
    console.warn('No update-ca-certificates or update-ca-trust: trust the CA yourself:', certificatePaths.ca);
  }
}

/**
 * Makes sure the certificates exist (and, with `trust`, that the CA is trusted) and returns the
 * HTTPS server options { ca, cert, key }.
 */
export async function devHttpsOptions({ trust = true } = {}) {
  const rootWithoutSudo = process.platform === 'linux' && process.getuid?.() === 0 && !hasCommand('sudo');
  if (!trust) {
    await generateIfNeeded();
  } else if (rootWithoutSudo) {
    await generateIfNeeded();
    trustAsRootOnLinux();
  } else {
    await devCerts.ensureCertificatesAreInstalled();
  }
  return { ca: readFileSync(certificatePaths.ca), cert: readFileSync(certificatePaths.cert), key: readFileSync(certificatePaths.key) };
}
