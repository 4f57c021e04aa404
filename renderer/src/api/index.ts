export { getBridge, createWebBridge, type WebBridgeOptions } from './bridge';
export { createClient, ClientError, errorMessage, type Client } from './client';
