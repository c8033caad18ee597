// type-graphql's decorators need the metadata polyfill before any type module loads.
import 'reflect-metadata';
