// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list: the category taxonomy (json) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    api_key?: string;
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
                    content: {
                        "application/json": {
                            /** @description The category code, e.g. facility.light */
                            service_code: string;
                            service_name: string;
                            description: string;
                            /** @description true: GET services/{service_code} lists attributes */
                            metadata: boolean;
                            /**
                             * @description realtime: POST answers with the id at once
                             * @enum {string}
                             */
                            type: "realtime" | "batch" | "blackbox";
                            /** @description Comma-separated */
                            keywords: string;
                            /** @description The parent category */
                            group: string;
                        }[];
                    };
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
