// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/open311/v2/servicerequestupdates.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress notes of the requests one may list: FixMyStreet's extension (xml) */
        get: {
            parameters: {
                query?: {
                    /** @description A place code */
                    jurisdiction_id?: string;
                    /** @description Optional: also the updates of requests this key filed */
                    api_key?: string;
                    /** @description W3C datetime with time zone */
                    start_date?: string;
                    /** @description W3C datetime with time zone */
                    end_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/xml; charset=utf-8: the same fields as elements (GeoReport v2) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
