// Collects the names a generated module imports, and prints the import lines.
import { PRINT_WIDTH } from './code.ts';

export type Imports = {
  use(module: string, name: string): void;
  render(): string[];
};

function moduleRank(module: string): string {
  // Packages first, then parent folders, then siblings; alphabetical within each group.
  return (module.startsWith('../') ? '1' : module.startsWith('./') ? '2' : '0') + module;
}

export function createImports(): Imports {
  const byModule = new Map<string, Set<string>>();
  return {
    use(module, name) {
      const names = byModule.get(module) ?? new Set<string>();
      names.add(name);
      byModule.set(module, names);
    },
    render() {
      return [...byModule.entries()]
        .sort(([a], [b]) => (moduleRank(a) < moduleRank(b) ? -1 : 1))
        .flatMap(([module, names]) => {
          const sorted = [...names].sort();
          const line = `import { ${sorted.join(', ')} } from '${module}';`;
          if (line.length <= PRINT_WIDTH) {
            return [line];
          }
          return ['import {', ...sorted.map((name) => `  ${name},`), `} from '${module}';`];
        });
    },
  };
}
