// View models → file text through the handlebars templates in templates/ (no logic there, no HTML escaping).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// The type import also brings handlebars' ambient declaration of 'handlebars/runtime' (its own runtime.d.ts
// exports nothing under NodeNext resolution).
import type HandlebarsApi from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
import { COMPILE_OPTIONS, PRECOMPILED } from './precompiled.ts';
import type { OutputFile, PackageView } from './view-model.ts';

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
export const PARTIALS = ['banner', 'enum', 'constant', 'record', 'ioctls', 'helpers', 'functions'] as const;
export const TEMPLATES = ['module', 'package-json', 'layout-checks', 'maintainers', 'readme'] as const;

interface Templates {
  module: Handlebars.TemplateDelegate;
  packageJson: Handlebars.TemplateDelegate;
  layoutChecks: Handlebars.TemplateDelegate;
  maintainers: Handlebars.TemplateDelegate;
  readme: Handlebars.TemplateDelegate;
}

const Handlebars = HandlebarsRuntime as typeof HandlebarsApi;

let cached: Templates | undefined;

/** A template's source text (the build precompiles these same files). */
export function templateSource(name: string): string {
  return readFileSync(new URL(`${name}.hbs`, TEMPLATE_DIR), 'utf8');
}

/**
 * Precompiled templates need only handlebars' runtime; the compiler (with source-map, most of handlebars)
 * is loaded from the sources alone, with require() so that the bundle does not carry it.
 */
function templates(): Templates {
  if (cached) return cached;
  const precompiled = PRECOMPILED;
  const env = precompiled ? Handlebars.create() : (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  const compile = (name: string): Handlebars.TemplateDelegate =>
    precompiled
      ? env.template(precompiled[name] as Parameters<typeof env.template>[0])
      : env.compile(templateSource(name), COMPILE_OPTIONS);
  for (const p of PARTIALS) env.registerPartial(p, compile(p));
  cached = {
    module: compile('module'),
    packageJson: compile('package-json'),
    layoutChecks: compile('layout-checks'),
    maintainers: compile('maintainers'),
    readme: compile('readme'),
  };
  return cached;
}

/** Collapses runs of blank lines the templates leave when a section is empty. */
function tidy(text: string): string {
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function renderPackage(pkg: PackageView): OutputFile[] {
  const t = templates();
  const dir = pkg.subsystem;
  const files: OutputFile[] = [{ path: `${dir}/package.json`, content: tidy(t.packageJson(pkg)) }];
  for (const m of pkg.modules) files.push({ path: `${dir}/${m.fileName}`, content: tidy(t.module(m)) });
  files.push({ path: `${dir}/layout-checks.ts`, content: tidy(t.layoutChecks(pkg)) });
  return files;
}

export interface MaintainersView {
  configFile: string;
  subsystems: {
    name: string;
    description: string;
    maintainers: string[];
    reviewers: string[];
    gates: string[];
    dependsOn: string[];
    out: string;
    headers: string[];
  }[];
}

export function renderMaintainers(view: MaintainersView): string {
  return tidy(templates().maintainers(view));
}

export interface ReadmeView {
  configFile: string;
  out: string;
  scope: string;
  /** Comma-separated target names. */
  targets: string;
  defaultTarget: string;
  packages: { scope: string; name: string; description: string; gates: string }[];
  gatedOff: { name: string; gates: string }[];
  /** Per package, the macros of its headers that became no constant, and why (default target). */
  skipped: { name: string; macros: { name: string; reason: string }[] }[];
}

export function renderReadme(view: ReadmeView): string {
  return tidy(templates().readme(view));
}
