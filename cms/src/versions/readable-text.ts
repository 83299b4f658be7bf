import type { Core } from '@strapi/strapi';
import { editableFields, type FieldDefinition } from './model-fields';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "contentNote" → "Content note": a readable name for a field that has no label of its own. */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface LabelledModel {
  config?: { metadatas?: Record<string, { edit?: { label?: unknown } } | undefined> };
}

/** The label the dashboard shows beside the field ("Article text", not "body"), from the schema's metadatas. */
export function dashboardLabel(strapi: Core.Strapi, uid: string, name: string): string {
  const model = strapi.getModel(uid as 'api::article.article') as unknown as LabelledModel | undefined;
  const label = model?.config?.metadatas?.[name]?.edit?.label;
  return typeof label === 'string' && label ? label : fieldLabel(name);
}

function inlineText(children: unknown): string {
  if (!Array.isArray(children)) return '';
  return children
    .map((child) => {
      if (!isRecord(child)) return '';
      if (typeof child.text === 'string') return child.text;
      if (child.type === 'link') return `${inlineText(child.children)} (link to ${String(child.url ?? '')})`;
      return inlineText(child.children);
    })
    .join('');
}

/** Blocks as a reader would read them: one paragraph per line, headings and list items marked in words. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter(isRecord)
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `Heading ${String(block.level ?? '')}: ${inlineText(block.children)}`;
        case 'list':
          return (Array.isArray(block.children) ? block.children : [])
            .filter(isRecord)
            .map((item, index) => `${block.format === 'ordered' ? `${index + 1}.` : '•'} ${inlineText(item.children)}`)
            .join('\n');
        case 'quote':
          return `Quote: ${inlineText(block.children)}`;
        case 'image': {
          const image = isRecord(block.image) ? block.image : {};
          return `Image: ${String(image.alternativeText || image.name || 'no description')}`;
        }
        case 'code':
          return `Code: ${inlineText(block.children)}`;
        default:
          return inlineText(block.children);
      }
    })
    .join('\n\n');
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function componentText(strapi: Core.Strapi, uid: string, value: Record<string, unknown>): string {
  return editableFields(strapi, uid)
    .map(([name, field]) => {
      const text = fieldText(strapi, field, value[name]);
      return text ? `${dashboardLabel(strapi, uid, name)}: ${text}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/** One field of a version in plain words: the text the comparison shows side by side. */
export function fieldText(strapi: Core.Strapi, field: FieldDefinition, value: unknown): string {
  switch (field.type) {
    case 'blocks':
      return blocksText(value);
    case 'component': {
      const component = field.component ?? '';
      if (Array.isArray(value)) {
        return value
          .filter(isRecord)
          .map((item, index) => `${index + 1}. ${componentText(strapi, component, item).replace(/\n/g, '\n   ')}`)
          .join('\n');
      }
      return isRecord(value) ? componentText(strapi, component, value) : '';
    }
    case 'media': {
      const files = (Array.isArray(value) ? value : [value]).filter(isRecord);
      return files
        .map((file) => `${String(file.name ?? 'file')}${file.alternativeText ? ` (described as “${String(file.alternativeText)}”)` : ' (no description)'}`)
        .join(', ');
    }
    case 'relation':
      return (Array.isArray(value) ? value : [])
        .filter(isRecord)
        .map((ref) => String(ref.label || ref.documentId))
        .join(', ');
    default:
      return scalarText(value);
  }
}
