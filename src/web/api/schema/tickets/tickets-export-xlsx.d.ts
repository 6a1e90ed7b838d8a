// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ticket list as an Excel workbook (same filters as the list, at most 10000 rows)
         * @description Phone numbers masked unless `phones=full` (offices only, audited; 403 for others). Times are in the installation's time zone, named in their headers. When the list holds more rows, the workbook ends with a note and the response carries `x-export-truncated: true`. Office staff only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One state or several, comma-separated */
                    state?: string;
                    kind?: "problem" | "wish" | "service" | "suggestion" | "consultation";
                    categoryId?: string;
                    /** @description Tickets in this subtree */
                    placeId?: string;
                    channel?: "resident_app" | "hotline" | "grid_visit" | "wish_card" | "collection_box" | "meeting" | "survey" | "service_desk" | "reception" | "external";
                    unitId?: string;
                    /** @description Only tickets past their handling limit */
                    overdue?: "true" | "false";
                    /** @description Created at or after */
                    from?: string;
                    /** @description Created before */
                    to?: string;
                    /** @description Chinese full-text search */
                    q?: string;
                    /** @description A work queue; wish_wall = public wishes waiting to be claimed; to_claim = service orders and wishes the caller may claim now; extension_requests = pending extension requests the caller may answer */
                    queue?: "to_accept" | "to_dispatch" | "my_unit" | "overdue" | "escalated_to_me" | "extension_requests" | "to_close" | "mine" | "wish_wall" | "to_claim";
                    /** @description masked (138****1234) for everyone; full writes the numbers whole where the caller may call the submitter back, needs ticket.export_phones, and is audited once with the number of rows revealed */
                    phones?: "masked" | "full";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
