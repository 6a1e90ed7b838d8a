// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project list as .xlsx, with the same filters */
        get: {
            parameters: {
                query?: {
                    /** @description Defaults to today in the installation's zone */
                    asOf?: string;
                    placeId?: string;
                    status?: "on_track" | "behind" | "seriously_behind" | "overdue" | "done";
                    category?: "education" | "health" | "employment" | "social_security" | "housing" | "elderly_care" | "transport" | "environment" | "culture" | "other";
                    q?: string;
                    /** @description Sub-projects of this one */
                    parentId?: string;
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
