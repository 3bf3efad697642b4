import type { FieldMetadata } from "@conform-to/react";
import type { ComponentProps, HTMLInputTypeAttribute, ReactNode } from "react";

const control =
  "mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0 focus:outline-teal-700 sm:text-sm";
const ok = "border-slate-300";
/** A file input's own button, styled as the app's secondary button (the browser's default otherwise). */
const fileButton =
  "file:me-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-100";
const bad = "border-red-600";

/** A Conform field (`fields.email` from `useForm`): it names the input and carries its error and value. */
export type Field = FieldMetadata<unknown, Record<string, unknown>, string[]>;

/** Either a Conform `field`, or a plain `name` (search forms, uploads) with an optional `error`. */
type Common = { field?: Field; name?: string; label: string; error?: string; hint?: ReactNode; id?: string };
type InputType = HTMLInputTypeAttribute;
type Kind = { tag: "input"; type: InputType } | { tag: "select" } | { tag: "textarea" };

/**
 * Name, id, value and accessibility attributes of a control, from its Conform field or its plain props. A
 * field's posted value is its `initialValue` as Conform's `getInputProps` / `getSelectProps` /
 * `getTextareaProps` give it (a string; a checkbox or radio has none): read from the metadata directly, so a
 * page whose fields are plain (a search form, "pay online") ships none of Conform's code (issue 17 §5).
 */
function controlOf({ field, name, id, error, hint }: Common, kind: Kind) {
  const controlId = id ?? field?.id ?? `field-${name}`;
  const message = error ?? field?.errors?.[0];
  const checkable = kind.tag === "input" && (kind.type === "checkbox" || kind.type === "radio");
  const initial = field && !checkable ? field.initialValue : undefined;
  const describedBy = [message ? `${controlId}-error` : null, hint ? `${controlId}-hint` : null].filter(Boolean);
  return {
    controlId,
    message,
    /** The value the visitor last posted (a refused submission), else none: the caller's default applies. */
    posted: typeof initial === "string" ? initial : undefined,
    attributes: {
      id: controlId,
      name: field ? field.name : name,
      "aria-invalid": message ? true : undefined,
      "aria-describedby": describedBy.join(" ") || undefined,
    },
  };
}

function Labelled(props: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children}
      {props.hint && !props.error ? (
        <p id={`${props.id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A labelled input: the label names it, errors and hints describe it (aria-describedby). With a Conform
 * `field`, its name, id and error come from the form, and after a refused submission the value the visitor
 * typed comes back; `defaultValue` is the value otherwise.
 */
export function TextField({
  label,
  hint,
  className = "",
  type = "text",
  defaultValue,
  field,
  name,
  error,
  id,
  ...input
}: Common & { type?: InputType } & Omit<ComponentProps<"input">, "name" | "id" | "type">) {
  const c = controlOf({ field, name, error, id, label, hint }, { tag: "input", type });
  return (
    <Labelled id={c.controlId} label={label} error={c.message} hint={hint} className={className}>
      <input
        type={type}
        defaultValue={c.posted ?? defaultValue}
        {...c.attributes}
        className={`${control} ${c.message ? bad : ok} ${type === "file" ? fileButton : ""}`.trim()}
        // People's text keeps its own direction: a Latin address reads "1 Place Bellecour" on a Hebrew page.
        dir="auto"
        {...input}
      />
    </Labelled>
  );
}

/**
 * A select's own props, and where its first choice comes from: with a Conform `field`, from `useForm`'s
 * `defaultValue` (Conform resets a form to those after a post it took: a default it does not know would leave
 * the select blank); with a plain `name`, from `defaultValue` here.
 */
type SelectProps = Omit<Common, "field"> &
  Omit<ComponentProps<"select">, "name" | "id" | "defaultValue"> &
  // With a field, only a placeholder's "" (a reset then shows no choice, as before one was made).
  ({ field: Field; defaultValue?: "" } | { field?: undefined; defaultValue?: string });

/** A labelled select; like `TextField`, from a Conform `field` or a plain `name`. */
export function SelectField({
  label,
  hint,
  className = "",
  children,
  defaultValue,
  field,
  name,
  error,
  id,
  ...select
}: SelectProps) {
  const c = controlOf({ field, name, error, id, label, hint }, { tag: "select" });
  return (
    <Labelled id={c.controlId} label={label} error={c.message} hint={hint} className={className}>
      <select
        defaultValue={c.posted ?? defaultValue}
        {...c.attributes}
        className={`${control} ${c.message ? bad : ok} pe-8`}
        {...select}
      >
        {children}
      </select>
    </Labelled>
  );
}

/** A labelled textarea; like `TextField`, from a Conform `field` or a plain `name`. */
export function TextAreaField({
  label,
  hint,
  className = "",
  defaultValue,
  field,
  name,
  error,
  id,
  ...textarea
}: Common & Omit<ComponentProps<"textarea">, "name" | "id">) {
  const c = controlOf({ field, name, error, id, label, hint }, { tag: "textarea" });
  return (
    <Labelled id={c.controlId} label={label} error={c.message} hint={hint} className={className}>
      <textarea
        defaultValue={c.posted ?? defaultValue}
        {...c.attributes}
        className={`mt-1 block w-full rounded-lg border px-3 py-2 text-sm ${c.message ? bad : ok}`}
        {...textarea}
      />
    </Labelled>
  );
}
