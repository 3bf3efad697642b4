import { data, Form, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { Card } from "../components/page";
import { formFailure, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formValues } from "../lib/forms";
import type { Route } from "./+types/profile";

export const meta: Route.MetaFunction = () => [{ title: "My details — Rentline" }];

const FIELDS = ["firstName", "lastName", "phone", "birthDate", "address"] as const;

/** A renter's own details (name, phone, birth date, address), completed after accepting a lease. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.profile.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const res = await getServer(context).api.me.profile.$put({
    json: {
      firstName: values.firstName ?? "",
      lastName: values.lastName ?? "",
      phone: values.phone ?? "",
      birthDate: values.birthDate ?? "",
      address: values.address ?? "",
    },
  });
  if (!res.ok) return formFailure(res, request, FIELDS, { values });
  return data({ saved: true, fieldErrors: {} as Record<string, string>, formError: undefined, values });
}

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const saved = actionData && "saved" in actionData;
  const values = { ...(loaderData.profile ?? {}), ...(actionData?.values ?? {}) } as Record<string, string | undefined>;
  const errors = (actionData?.fieldErrors ?? {}) as Record<string, string | undefined>;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">My details</h1>
      <p className="mt-2 text-slate-700">Your landlords use these details for your lease and rental agreement.</p>
      {saved ? (
        <Alert tone="success" className="mt-4">
          Saved.
        </Alert>
      ) : null}
      <Card className="mt-6">
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          <FormError message={actionData?.formError} />
          <TextField
            label="First name"
            name="firstName"
            autoComplete="given-name"
            defaultValue={values.firstName}
            error={errors.firstName}
            required
          />
          <TextField
            label="Last name"
            name="lastName"
            autoComplete="family-name"
            defaultValue={values.lastName}
            error={errors.lastName}
            required
          />
          <TextField
            label="Phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            error={errors.phone}
            required
          />
          <TextField
            label="Birth date"
            name="birthDate"
            type="date"
            autoComplete="bday"
            defaultValue={values.birthDate}
            error={errors.birthDate}
            required
          />
          <TextField
            label="Address"
            name="address"
            autoComplete="street-address"
            defaultValue={values.address}
            error={errors.address}
            className="sm:col-span-2"
            required
          />
          <div className="sm:col-span-2">
            <Button disabled={busy}>Save</Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
