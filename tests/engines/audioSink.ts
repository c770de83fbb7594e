import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A machine with no sound card gives Firefox an AudioContext that stays suspended, and media elements
 * that fail with a decode error (OnMediaSinkAudioError); WebKit's GStreamer sink has nowhere to play
 * either. For the run, a PulseAudio server with a null sink stands in for the sound card; it is stopped
 * by its PID afterwards. A server already named by PULSE_SERVER is reused and left alone.
 *
 * Without pulseaudio installed, MIXTAPE_AUDIO_SINK=mock tells the Firefox project to fall back to
 * Firefox's mock audio backend (the weaker `media.cubeb.force_mock_context` preference).
 */
export async function startAudioSink(
  log: (line: string) => void = console.log,
): Promise<() => Promise<void>> {
  const reused = process.env.PULSE_SERVER?.replace(/^unix:/, '');
  if (reused && existsSync(reused)) {
    log(`audio sink: reusing the PulseAudio server at ${reused}`);
    return async () => {};
  }
  if (spawnSync('pulseaudio', ['--version']).status !== 0) {
    log('audio sink: pulseaudio is not installed; Firefox falls back to its mock audio backend');
    process.env.MIXTAPE_AUDIO_SINK = 'mock';
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'mixtape-pulse-'));
  const socket = join(dir, 'native');
  const child: ChildProcess = spawn(
    'pulseaudio',
    [
      '--daemonize=no',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '-n',
      `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
      '--load=module-null-sink sink_name=mixtape_null',
      '--log-target=stderr',
      '--log-level=error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HOME: dir } },
  );
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PulseAudio did not start (exit ${child.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.env.PULSE_SERVER = `unix:${socket}`;
  log(`audio sink: PulseAudio null sink, PID ${child.pid}, at ${socket}`);
  return async () => {
    delete process.env.PULSE_SERVER;
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
    log(`audio sink: PulseAudio (PID ${child.pid}) stopped`);
  };
}
